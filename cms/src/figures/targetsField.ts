import type { Field, NumberField, NumberFieldSingleValidation } from 'payload'
import { figureKeys, type FigureKey } from '@mao/shared/figures'
import { figureDefinitions } from './figureDefinitions'

const positiveWholeNumber: NumberFieldSingleValidation = (value) =>
  value === null || value === undefined || (typeof value === 'number' && Number.isInteger(value) && value > 0)
    ? true
    : 'Vul een heel getal groter dan 0 in, of laat het veld leeg.'

const targetField = (key: FigureKey): NumberField => {
  const { label, defaultTarget } = figureDefinitions[key]
  return {
    name: key,
    label,
    type: 'number',
    min: 1,
    validate: positiveWholeNumber,
    ...(defaultTarget === null ? {} : { defaultValue: defaultTarget }),
    admin: { step: 1, width: '33%' },
  }
}

/** The site settings' `targets` group: what "Beweging in cijfers" sets each figure against. */
export const targetsField: Field = {
  name: 'targets',
  label: 'Streefcijfers (Beweging in cijfers)',
  type: 'group',
  admin: {
    description:
      'De pagina Beweging in cijfers zet de actuele aantallen af tegen deze doelen. Laat een veld leeg als er geen streefcijfer is.',
  },
  fields: [
    { type: 'row', fields: figureKeys.slice(0, 3).map(targetField) },
    { type: 'row', fields: figureKeys.slice(3).map(targetField) },
  ],
}

/** The sign-up form's error messages, by the `fout` value the CMS redirects back with. */
export const signupMessages = {
  email: 'Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.',
  'te-vaak': 'Er zijn te veel aanmeldingen vanaf jouw internetverbinding. Probeer het over een uur opnieuw.',
  onbekend: 'Het aanmelden lukte niet door een storing. Probeer het later opnieuw.',
} as const

export type SignupError = keyof typeof signupMessages

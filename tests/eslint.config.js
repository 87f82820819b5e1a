import config from '../eslint.config.js'

// resend-stub/ is a package of its own, linted by its own `lint` script.
export default [...config, { ignores: ['resend-stub/**'] }]

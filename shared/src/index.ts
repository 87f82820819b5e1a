export * from './slug'
export * from './urls'
export * from './dates'
export * from './lexical'

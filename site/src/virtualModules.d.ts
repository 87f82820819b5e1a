/** See src/integrations/devServerFlag.ts. */
declare module 'virtual:mao/dev-server' {
  export const devServer: boolean
}

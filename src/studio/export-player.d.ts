/** The exported page's player, built by src/authoring/vite-plugin-export-player.ts. */
declare module 'virtual:export-player' {
  export const script: string;
  export const style: string;
  export const scriptHash: string;
  export const styleHash: string;
}

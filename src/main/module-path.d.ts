// electron-vite's `?modulePath` import: the path of a module bundled as an entry of its own.
declare module '*?modulePath' {
  const path: string
  export default path
}

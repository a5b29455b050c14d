/** File name of the built opener program (`assets/opener-<hash>.js`); null in `vite dev`. */
declare module 'virtual:pathway-opener' {
  const fileName: string | null;
  export default fileName;
}

/** Link and QR codes for a made package (filled in once the link/QR modules land). */
export function ShareOutputs(_props: { text: string }) {
  return null;
}

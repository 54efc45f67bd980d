// Nova returns a generated private key exactly once: the browser saves it as
// <name>.pem. Used by Key Pairs and by Launch Instance's key pair step.
export function downloadPrivateKey(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/x-pem-file' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `${name}.pem`;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

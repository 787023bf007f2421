import qrcode from 'qrcode-generator';

/**
 * The rotating QR code, drawn on the leader's device as a GIF data URL (qrcode-generator has its own GIF and
 * base64 encoders, so it needs no browser API and runs the same in WeChat and H5). Only the admin
 * subpackage imports this: the encoder never weighs on workers' main package.
 */
export function qrImage(payload: string, cellSize = 10): string {
  const code = qrcode(0, 'M');
  code.addData(payload, 'Byte');
  code.make();
  return code.createDataURL(cellSize, cellSize * 4);
}

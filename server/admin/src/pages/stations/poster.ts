import type { Station } from '@gig/shared';

/**
 * The poster as a PNG (A4 at 150 dpi): the title, the station's name, the QR code, one line of
 * instructions, address and phone, drawn on a canvas from the server's QR image.
 */
export async function posterPng(station: Station, qr: Blob): Promise<Blob> {
  // The poster is for workers in China: always in Chinese, whatever the page's language.
  const line = '微信或手机相机扫码，填写申请';
  const W = 1240;
  const H = 1754;
  const canvas = document.createElement('canvas');
  canvas.width = W;
  canvas.height = H;
  const g = canvas.getContext('2d')!;
  g.fillStyle = '#fff';
  g.fillRect(0, 0, W, H);
  g.textAlign = 'center';
  const font = (px: number, weight = 400) =>
    `${weight} ${px}px "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif`;
  g.fillStyle = '#1f4e9c';
  g.font = font(56, 600);
  g.fillText('劳动争议 一站式调解', W / 2, 170);
  g.fillStyle = '#000';
  g.font = font(72, 700);
  g.fillText(station.name, W / 2, 300, W - 120);
  const image = await createImageBitmap(qr);
  const size = 900;
  g.drawImage(image, (W - size) / 2, 380, size, size);
  g.font = font(52, 600);
  g.fillText(line, W / 2, 1380, W - 120);
  g.fillStyle = '#444';
  g.font = font(36);
  g.fillText('扫码填写申请 · 不收费 · 调解员会尽快联系您', W / 2, 1460, W - 120);
  g.fillText([station.address, station.phone].filter(Boolean).join('  ·  '), W / 2, 1540, W - 120);
  g.fillStyle = '#888';
  g.font = font(28);
  g.fillText(station.qrUrl, W / 2, 1640, W - 120);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('canvas'))), 'image/png'),
  );
}

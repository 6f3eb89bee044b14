import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { queueEntry } from './pages/import-queue';
import { AppPage } from './pages/app-page';
import { isoDaysAgo } from './dates';
import { encodeJpeg } from '../../bench/synth/jpeg';
import { FIRST_HOUR_DOCUMENTS, fixturePdf, OWNER, ORGANISATION } from '../fixtures/reading/first-hour';
import { turnedPhoto, withExifOrientation } from '../fixtures/reading/photo';

const PHOTO = FIRST_HOUR_DOCUMENTS.find((d) => d.kind === 'photo')!;

/**
 * A 400×200 JPEG, left half red and right half blue, whose little-endian Exif says "turn a quarter clockwise
 * to view" (orientation 6, as phones write it): upright it is 200×400 with red on top and blue below.
 */
function sidewaysMarker(): Buffer {
  const [w, h] = [400, 200];
  const rgb = new Uint8Array(w * h * 3);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) rgb.set(x < w / 2 ? [220, 20, 20] : [20, 20, 220], (y * w + x) * 3);
  return Buffer.from(withExifOrientation(encodeJpeg(rgb, w, h, 90), 6, 'II'));
}

/** The image as the user sees it on screen: its box, its decoded size, colours at the top and bottom, and where its print is. */
async function shown(page: Page, image: Locator) {
  await expect(image).toBeVisible();
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  const box = (await image.boundingBox())!;
  const natural = await image.evaluate((img: HTMLImageElement) => ({ width: img.naturalWidth, height: img.naturalHeight }));
  // The screen's pixels (a PNG, which has no orientation of its own), sampled in the page.
  const png = (await image.screenshot()).toString('base64');
  const colours = await page.evaluate(async (data) => {
    const bitmap = await createImageBitmap(new Blob([Uint8Array.from(atob(data), (c) => c.charCodeAt(0))], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const g = canvas.getContext('2d')!;
    g.drawImage(bitmap, 0, 0);
    const at = (fx: number, fy: number) => Array.from(g.getImageData(Math.floor(bitmap.width * fx), Math.floor(bitmap.height * fy), 1, 1).data.slice(0, 3));
    // Dark (printed) pixels in the top and bottom half: an upright page has its text at the top.
    const dark = (y0: number) => {
      const { data } = g.getImageData(0, y0, bitmap.width, Math.floor(bitmap.height / 2));
      let n = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i]! + data[i + 1]! + data[i + 2]! < 200) n++;
      return n;
    };
    return { top: at(0.5, 0.25), bottom: at(0.5, 0.75), darkTop: dark(0), darkBottom: dark(Math.floor(bitmap.height / 2)) };
  }, png);
  return { box, natural, colours };
}

const red = ([r, g, b]: number[]) => r! > 150 && g! < 90 && b! < 90;
const blue = ([r, g, b]: number[]) => b! > 150 && r! < 90 && g! < 90;

// Chromium applies a JPEG's Exif orientation to <img> (CSS image-orientation: from-image, the default), so the
// previews need no turning of their own; this keeps them so (a canvas preview or `image-orientation: none` would not).
test('a phone photo stored sideways (Exif orientation 6) shows upright in the queue and on its document page', async ({ app }) => {
  test.setTimeout(180_000);
  const page = app.page;
  const ui = new AppPage(page);
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.setViewportSize({ width: 1366, height: 768 });
  await ui.open();
  await ui.firstRun(ORGANISATION, 'zzp', { owner: { name: OWNER, startDate: isoDaysAgo(60) } });
  await ui.nav('Documenten').click();

  // The marker: stored wide with red left, shown tall with red on top.
  await ui.chooseDocuments([{ name: 'IMG_marker.jpg', mimeType: 'image/jpeg', buffer: sidewaysMarker() }]);
  const marker = await shown(page, page.getByRole('img', { name: 'Voorbeeld van IMG_marker.jpg' }));
  expect(marker.natural).toEqual({ width: 200, height: 400 });
  expect(marker.box.height).toBeGreaterThan(marker.box.width * 1.5);
  expect(red(marker.colours.top) && blue(marker.colours.bottom), JSON.stringify(marker.colours)).toBe(true);
  await page.screenshot({ path: 'test-results/photo-orientation-marker-1366.png' });
  await page.getByRole('form', { name: 'Gegevens van IMG_marker.jpg' }).getByRole('button', { name: 'Verwijderen uit de lijst' }).click();

  // A photographed certificate stored sideways with Exif saying so: the preview is an upright A4 page.
  const sideways = withExifOrientation(await turnedPhoto(await fixturePdf(PHOTO), 270), 6, 'II');
  await ui.chooseDocuments([{ name: PHOTO.fileName, mimeType: 'image/jpeg', buffer: Buffer.from(sideways) }]);
  const queued = await shown(page, page.getByRole('img', { name: `Voorbeeld van ${PHOTO.fileName}` }));
  expect(queued.natural.height).toBeGreaterThan(queued.natural.width);
  expect(queued.box.height).toBeGreaterThan(queued.box.width);
  expect(queued.colours.darkTop).toBeGreaterThan(10 * (queued.colours.darkBottom + 1));
  await expect(queueEntry(page, PHOTO.fileName)).toContainText('Compleet', { timeout: 120_000 });
  await page.screenshot({ path: 'test-results/photo-orientation-queue-1366.png' });
  await page.getByRole('form', { name: `Gegevens van ${PHOTO.fileName}` }).getByRole('button', { name: 'Document opslaan' }).click();
  await expect(queueEntry(page, PHOTO.fileName)).toContainText('Opgeslagen');

  // Its document page shows the stored bytes (still sideways, with their Exif) upright as well.
  await page.getByRole('button', { name: 'Sluiten', exact: true }).click();
  await page.getByRole('link', { name: 'Scholingscertificaat', exact: true }).click();
  const onPage = await shown(page, page.getByRole('img', { name: new RegExp(`\\(${PHOTO.fileName}\\)`) }));
  expect(onPage.natural.height).toBeGreaterThan(onPage.natural.width);
  expect(onPage.box.height).toBeGreaterThan(onPage.box.width);
  expect(onPage.colours.darkTop).toBeGreaterThan(10 * (onPage.colours.darkBottom + 1));
  await page.screenshot({ path: 'test-results/photo-orientation-document-1366.png', fullPage: true });
  expect(pageErrors).toEqual([]);
});

import { startTestBackend } from '../support/backend';
async function main() {
  const t = await startTestBackend();
  let next = 0;
  await Promise.all(Array.from({ length: 16 }, async () => {
    while (next++ < 3000) await t.db.collection('items').add({ data: { n: next, group: 'g', at: new Date() } });
  }));
  await t.close();
}
void main();

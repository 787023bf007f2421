// Cost of the formalism check as reflections on a notice grow: the size of what is stored per reflection,
// the database requests and time of one submission with 10 and with 1,000 earlier reflections, and the CPU
// time of sketching one text. Run with `npm run bench:reflections`.
import { demoNotice } from '../../cloudfunctions/local/seed/notices';
import { shinglesOf, sketchText } from '../../cloudfunctions/shared/reflections/similarity';
import { addMember } from '../support/fixtures/org';
import { originalText, submitNew } from '../support/fixtures/reflections';
import { startFunctionHarness, type FunctionHarness } from '../support/functions';

const NOTICE_ID = 'notice-qingdao-reform-study';
const UNIT = 'unit-school-2';
const SAMPLES = 7;

const notice = demoNotice();
const noticeShingles = shinglesOf(`${notice.title}\n${notice.body}`);

async function existingSketches(harness: FunctionHarness): Promise<number> {
  const { total } = (await harness.stack.db
    .collection('reflection_sketches')
    .where({ noticeId: NOTICE_ID })
    .count()) as unknown as { total: number };
  return total;
}

/** Writes sketches of earlier reflections straight to the database, as the function would have. */
async function growTo(harness: FunctionHarness, target: number): Promise<void> {
  let have = await existingSketches(harness);
  while (have < target) {
    const batch = Array.from({ length: Math.min(100, target - have) }, (_, index) => {
      const sketch = sketchText(originalText(300 + ((have + index) % 500)), noticeShingles);
      return {
        _id: `reflection-bench-${have + index}`,
        noticeId: NOTICE_ID,
        memberId: `member-bench-${have + index}`,
        unitId: UNIT,
        signature: sketch.signature,
        bands: sketch.bands,
        noticeOverlap: sketch.noticeOverlap,
        submittedAt: new Date(),
      };
    });
    await harness.stack.db.collection('reflection_sketches').add({ data: batch });
    have += batch.length;
  }
}

async function submissions(harness: FunctionHarness): Promise<{ requests: number[]; ms: number[] }> {
  const requests: number[] = [];
  const ms: number[] = [];
  for (let sample = 0; sample < SAMPLES; sample += 1) {
    const writer = await addMember(harness.stack.db, UNIT, '基准测试');
    const text = originalText(600);
    const started = performance.now();
    const measured = await harness.requestsDuring(() => submitNew(harness, writer.openid, text));
    ms.push(performance.now() - started);
    requests.push(measured.requests);
  }
  return { requests, ms };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main(): Promise<void> {
  const text = originalText(3_000);
  const started = performance.now();
  const rounds = 50;
  let sketch = sketchText(text, noticeShingles);
  for (let round = 1; round < rounds; round += 1) sketch = sketchText(text, noticeShingles);
  const sketchMs = (performance.now() - started) / rounds;
  const stored = { signature: sketch.signature, bands: sketch.bands, noticeOverlap: sketch.noticeOverlap };
  console.log('Sketch of one reflection');
  console.log(`  signature ${sketch.signature?.length} values, ${sketch.bands.length} band keys`);
  console.log(`  stored size ${Buffer.byteLength(JSON.stringify(stored))} bytes (JSON)`);
  console.log(`  sketching a 3,000-character text: ${sketchMs.toFixed(2)} ms of CPU`);
  console.log(
    `  notice sketch: ${noticeShingles.size} shingles, ${Buffer.byteLength(JSON.stringify([...noticeShingles]))} bytes, computed once per notice`,
  );

  const harness = await startFunctionHarness({ seed: true });
  try {
    console.log('\nOne submission (content check, notice and peer comparison, transaction), median of 7');
    console.log('  earlier reflections | database requests | time');
    for (const target of [10, 1_000]) {
      await growTo(harness, target - 1);
      const { requests, ms } = await submissions(harness);
      const count = await existingSketches(harness);
      console.log(
        `  ${String(target).padStart(19)} | ${String(median(requests)).padStart(17)} | ${median(ms).toFixed(0)} ms (${count} after the run)`,
      );
    }
  } finally {
    await harness.close();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

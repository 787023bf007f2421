import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CHINA_OFFSET_MS } from '../shared/platform/china-time';
import type { FunctionRuntime } from './runtime';

interface TimerTrigger {
  functionName: string;
  name: string;
  /** Seven fields: second minute hour day month weekday year, as CloudBase's config.json writes them. */
  cron: string;
}

const WEEKDAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

/** Whether one cron field (`*`, `*\/5`, `1-5`, `MON,WED`, `0`) admits a value. */
function fieldMatches(field: string, value: number): boolean {
  return field.split(',').some((part) => {
    const [range, stepText] = part.split('/');
    const step = stepText ? Number(stepText) : 1;
    const named = range.toUpperCase().replace(/[A-Z]{3}/g, (day) => String(WEEKDAYS.indexOf(day)));
    const [low, high] =
      named === '*' ? [0, Number.MAX_SAFE_INTEGER] : named.split('-').map(Number).concat(NaN).slice(0, 2);
    const top = Number.isNaN(high) ? (stepText ? Number.MAX_SAFE_INTEGER : low) : high;
    return value >= low && value <= top && (value - low) % step === 0;
  });
}

/** Cron fields are read in China time here; functions decide by China time themselves what is due. */
export function cronMatches(cron: string, at: Date): boolean {
  const fields = cron.trim().split(/\s+/);
  if (fields.length < 6) return false;
  const china = new Date(at.getTime() + CHINA_OFFSET_MS);
  const values = [
    china.getUTCSeconds(),
    china.getUTCMinutes(),
    china.getUTCHours(),
    china.getUTCDate(),
    china.getUTCMonth() + 1,
    china.getUTCDay(),
    china.getUTCFullYear(),
  ];
  return fields.every((field, index) => fieldMatches(field, values[index]));
}

export function readTimerTriggers(distDir: string, functionNames: string[]): TimerTrigger[] {
  return functionNames.flatMap((functionName) => {
    const configFile = path.join(distDir, functionName, 'config.json');
    if (!existsSync(configFile)) return [];
    const config = JSON.parse(readFileSync(configFile, 'utf8')) as {
      triggers?: { name: string; type: string; config: string }[];
    };
    return (config.triggers ?? [])
      .filter((trigger) => trigger.type === 'timer')
      .map((trigger) => ({ functionName, name: trigger.name, cron: trigger.config }));
  });
}

/**
 * Fires each function's timer triggers as CloudBase does: once a second it checks every trigger's cron and
 * invokes the function with a Timer event and no person (SOURCE wx_trigger). A firing that fails is logged
 * and the next one comes as scheduled.
 */
export function startTimerTriggers(
  runtime: FunctionRuntime,
  triggers: TimerTrigger[],
  now: () => Date = () => new Date(),
): () => void {
  if (triggers.length === 0) return () => undefined;
  const timer = setInterval(() => {
    const at = now();
    for (const trigger of triggers) {
      if (!cronMatches(trigger.cron, at)) continue;
      runtime
        .invoke(
          trigger.functionName,
          { Type: 'Timer', TriggerName: trigger.name, Time: at.toISOString() },
          { SOURCE: 'wx_trigger' },
        )
        .catch((error: unknown) =>
          console.error(`[定时触发 ${trigger.functionName}.${trigger.name}]`, error),
        );
    }
  }, 1000);
  timer.unref();
  return () => clearInterval(timer);
}

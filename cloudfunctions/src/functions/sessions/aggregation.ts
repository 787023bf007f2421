import { db } from '../../platform/cloud';

/**
 * Parts of the SDK's aggregation builder that wx-server-sdk 4.0.2 has at run time (from @cloudbase/database)
 * but leaves out of its typings: sub-pipelines for `lookup` and `$expr` in a match.
 */
export interface SubPipeline {
  match(query: object): SubPipeline;
  lookup(spec: object): SubPipeline;
  addFields(fields: object): SubPipeline;
  group(spec: object): SubPipeline;
  sort(spec: object): SubPipeline;
  limit(n: number): SubPipeline;
  project(spec: object): SubPipeline;
  done(): object[];
}

type Command = typeof db.command & { expr(expression: unknown): object };
type AggregateCommand = typeof db.command.aggregate & { pipeline(): SubPipeline };

export const command = () => db.command as Command;
export const aggregateCommand = () => db.command.aggregate as AggregateCommand;

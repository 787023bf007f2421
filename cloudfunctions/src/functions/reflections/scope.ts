import { unitById } from '../../platform/directory-lookup';

export const unitPathOf = async (unitId: string) => (await unitById(unitId)).path;

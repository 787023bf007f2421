import { unitById } from '../../platform/directory-lookup';

/** The unit path an admin's scope must cover for an action on that unit. */
export const unitPath = async (unitId: string) => (await unitById(unitId)).path;

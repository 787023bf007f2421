import { DEMO_FEDERATION_ADMIN } from '../../cloudfunctions/local/seed/demo-org';

/** People of the demo seed, by how they relate to 青岛第二中学工会 (unit-school-2). */
export const PERSONAS = {
  member: 'demo-openid-school-2-2',
  unitAdmin: 'demo-openid-school-2-1',
  parentAdmin: 'demo-openid-education-1',
  unrelatedAdmin: 'demo-openid-hospital-1',
  federationAdmin: DEMO_FEDERATION_ADMIN,
  visitor: 'openid-visitor-not-a-member',
} as const;
export type Persona = keyof typeof PERSONAS;

export const TARGET_UNIT = 'unit-school-2';
export const SIBLING_UNIT = 'unit-school-58';
export const PARENT_UNIT = 'unit-education';

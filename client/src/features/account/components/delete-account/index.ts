export { DeleteAccount } from './delete-account';
export type { DeleteAccountProps } from './delete-account';

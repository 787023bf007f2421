export { FederationBoard } from './federation-board';

export { NotifyOutcomeView } from './notify-outcome';

export { ReminderOptIn } from './reminder-opt-in';

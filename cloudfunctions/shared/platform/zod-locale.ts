import * as z from 'zod/mini';
import zhCN from 'zod/v4/locales/zh-CN.js';

// Schemas carry Chinese messages for what people type; zod's own (wrong types, unknown fields) follow suit, on
// the device and in the functions alike. Only this locale is imported: `z.locales` would bundle all of them.
z.config(zhCN());

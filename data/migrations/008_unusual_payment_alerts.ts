/** Alerts about unusual payments are a setting of their own, off until the chat user asks for them. */
export const unusualPaymentAlerts = `
ALTER TABLE notification_settings ADD COLUMN unusual INTEGER NOT NULL DEFAULT 0 CHECK (unusual IN (0, 1));
`;

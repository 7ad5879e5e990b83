const base64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const base64url = /^[A-Za-z0-9_-]*$/;

/** Decodes strict base64 (padded) or base64url (unpadded); undefined for anything else. */
export const decodeBase64Strict = (value: string): Buffer | undefined => {
  if (base64.test(value)) return Buffer.from(value, 'base64');
  if (base64url.test(value) && value.length % 4 !== 1) return Buffer.from(value, 'base64url');
  return undefined;
};

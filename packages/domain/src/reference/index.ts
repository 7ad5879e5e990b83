// Reference data of the domain; the public surface is municipalities.ts.
export * from './municipalities.ts';

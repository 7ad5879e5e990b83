export * from './providerUnit.ts';
export * from './providerRegister.ts';

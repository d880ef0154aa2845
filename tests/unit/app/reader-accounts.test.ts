import { allowRegisterToStore, parsePublicSignUp } from '../../../src/domain/reader-accounts';

describe('PUBLIC_SIGNUP', () => {
  it('is off unless set to true', () => {
    for (const raw of [undefined, null, '', '  ']) expect(parsePublicSignUp(raw)).toEqual({ allowRegister: false, explicit: false });
    expect(parsePublicSignUp('true')).toEqual({ allowRegister: true, explicit: true });
    expect(parsePublicSignUp(' TRUE ')).toEqual({ allowRegister: true, explicit: true });
    expect(parsePublicSignUp('false')).toEqual({ allowRegister: false, explicit: true });
  });

  it.each(['1', 'yes', 'on', 'ja', 'truee'])('%p stops startup naming the variable', (raw) => {
    expect(() => parsePublicSignUp(raw)).toThrow(/^PUBLIC_SIGNUP: /);
  });
});

describe('allow_register to store', () => {
  const unset = parsePublicSignUp(undefined);
  const on = parsePublicSignUp('true');
  const off = parsePublicSignUp('false');

  it("first start without PUBLIC_SIGNUP: Strapi's open default is turned off", () => {
    expect(allowRegisterToStore(unset, true, false)).toBe(false);
    expect(allowRegisterToStore(unset, undefined, false)).toBe(false);
    expect(allowRegisterToStore(unset, false, false)).toBeNull();
  });

  it("later starts without PUBLIC_SIGNUP keep the admin's choice", () => {
    expect(allowRegisterToStore(unset, true, true)).toBeNull();
    expect(allowRegisterToStore(unset, false, true)).toBeNull();
  });

  it('an explicit PUBLIC_SIGNUP is applied on every start', () => {
    expect(allowRegisterToStore(on, false, false)).toBe(true);
    expect(allowRegisterToStore(on, false, true)).toBe(true);
    expect(allowRegisterToStore(on, true, true)).toBeNull();
    expect(allowRegisterToStore(off, true, true)).toBe(false);
    expect(allowRegisterToStore(off, false, false)).toBeNull();
  });
});

export function applyTestEnvironment(env: NodeJS.ProcessEnv, options?: { seed?: boolean; covers?: boolean }): void;
export function applyTestSecrets(env: NodeJS.ProcessEnv): void;

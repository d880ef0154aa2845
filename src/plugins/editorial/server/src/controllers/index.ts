import admin from './admin';
import outdated from './outdated';
import preview from './preview';

export default { admin, outdated, preview };

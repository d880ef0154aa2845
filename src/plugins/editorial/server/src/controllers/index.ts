import admin from './admin';
import outdated from './outdated';

export default { admin, outdated };

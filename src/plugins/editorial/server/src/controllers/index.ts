import admin from './admin';
import outdated from './outdated';
import preview from './preview';
import studies from './studies';

export default { admin, outdated, preview, studies };

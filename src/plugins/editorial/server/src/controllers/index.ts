import admin from './admin';
import outdated from './outdated';
import preview from './preview';
import studies from './studies';
import digest from './digest';
import notifications from './notifications';

export default { admin, outdated, preview, studies, notifications, digest };

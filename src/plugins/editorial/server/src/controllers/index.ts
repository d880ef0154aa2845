import admin from '../freshness/admin-controller';
import outdated from '../freshness/outdated-controller';
import preview from '../preview/preview-controller';
import studies from '../stat-blocks/studies-controller';
import digest from '../notifications/digest-controller';
import notifications from '../notifications/notifications-controller';

export default { admin, outdated, preview, studies, notifications, digest };

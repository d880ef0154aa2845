/** The plugin's route policies, named `plugin::editorial.<key>`. */
import { MAY_PREVIEW_POLICY, mayPreview } from '../preview/preview-permission';

export default {
  [MAY_PREVIEW_POLICY]: mayPreview,
};

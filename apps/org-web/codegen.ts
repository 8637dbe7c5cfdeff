import { appCodegenConfig } from '@mobilis/codegen-config/app-codegen';

export default appCodegenConfig(import.meta.dirname);

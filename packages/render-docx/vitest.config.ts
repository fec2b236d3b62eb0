import { packageProject } from '../../vitest.shared.ts';

export default packageProject('render-docx', { testTimeout: 60_000 });

import core from '../../locales/zh.json';
import backups from '../../locales/backups/zh.json';
import dashboard from '../../locales/dashboard/zh.json';
import governance from '../../locales/governance/zh.json';
import report from '../../locales/report/zh.json';
import { resource, type Resource } from '../strings';

/** Every Chinese string, core and areas in one module: the renderer loads it as one chunk. */
const strings: Resource = resource(core, backups, dashboard, governance, report);
export default strings;

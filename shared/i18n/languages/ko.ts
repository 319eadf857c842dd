import core from '../../locales/ko.json';
import backups from '../../locales/backups/ko.json';
import dashboard from '../../locales/dashboard/ko.json';
import governance from '../../locales/governance/ko.json';
import report from '../../locales/report/ko.json';
import { resource, type Resource } from '../strings';

/** Every Korean string, core and areas in one module: the renderer loads it as one chunk. */
const strings: Resource = resource(core, backups, dashboard, governance, report);
export default strings;

export { dbNotice, type DbNotice } from './dbNotices';
export { onOtherTabChange } from './changeFeed';
export { flushWrites } from './writeTracker';
export { requestProtection, type Protection } from './persistence';
export { noteBackup } from './backupMark';
export { loadLastBackup, loadPresentationPlace, savePresentationPlace, type PresentationPlace } from './preferences';

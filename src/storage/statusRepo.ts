export { dbNotice, type DbNotice } from './dbNotices';
export { onOtherTabChange } from './changeFeed';
export { flushWrites } from './writeTracker';
export { requestProtection, type Protection } from './persistence';
export { loadLastBackup, saveLastBackup, loadPresentationPlace, savePresentationPlace, type PresentationPlace } from './preferences';

import type { FirmSettings } from '../shared/contract';
import { AdvisorError } from '../shared/result';
import type { SettingsRepo } from './db/repos/settings-repo';

/** Logos are stored in the database; a letterhead logo needs no more than this. */
const MAX_LOGO_BYTES = 2 * 1024 * 1024;

/** The firm's settings until the attorney fills them in: blank letterhead, US Letter, standard disclaimers. */
export function defaultFirm(disclaimers: FirmSettings['disclaimers']): FirmSettings {
  return { name: '', address: '', attorneyName: '', barAdmission: '', paper: 'letter', disclaimers, logo: null };
}

/** PNG or JPEG by their first bytes, not by the file name. */
function imageType(bytes: Uint8Array): 'png' | 'jpeg' | null {
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return 'png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  return null;
}

export type FirmService = {
  get(): FirmSettings;
  set(editable: Omit<FirmSettings, 'logo'>): FirmSettings;
  setLogo(name: string, bytes: Uint8Array): FirmSettings;
  clearLogo(): FirmSettings;
};

/** The firm's letterhead and memo defaults, kept as one JSON setting in the database. */
export function createFirmService(settings: SettingsRepo, disclaimers: FirmSettings['disclaimers']): FirmService {
  const get = (): FirmSettings => {
    const stored = settings.get('firm');
    return stored ? (JSON.parse(stored) as FirmSettings) : defaultFirm(disclaimers);
  };
  const put = (firm: FirmSettings) => {
    settings.set('firm', JSON.stringify(firm));
    return firm;
  };
  return {
    get,
    set: editable => put({ ...editable, logo: get().logo }),
    setLogo(name, bytes) {
      const type = imageType(bytes);
      if (!type) throw new AdvisorError('bad-input', `${name} is not a PNG or JPEG image.`, 'logo');
      if (bytes.length > MAX_LOGO_BYTES) throw new AdvisorError('bad-input', `${name} is larger than 2 MB; use a smaller logo.`, 'logo');
      return put({ ...get(), logo: { type, bytes: Buffer.from(bytes).toString('base64') } });
    },
    clearLogo: () => put({ ...get(), logo: null }),
  };
}

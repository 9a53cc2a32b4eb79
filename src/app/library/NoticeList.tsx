/** The model store's notices: storage that is not there, library records that cannot be read. */
import { useTranslation } from 'react-i18next';
import { formatProblem } from '../../core/model/problems.ts';
import type { Notice } from './notices.ts';
import { useLanguage } from '../i18n/useLanguage.ts';

interface NoticeListProps {
  readonly notices: readonly Notice[];
  readonly onDismiss: (id: string) => void;
}

export function NoticeList({ notices, onDismiss }: NoticeListProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (notices.length === 0) return null;
  return (
    <div className="notices" data-testid="notices">
      {notices.map((notice) => (
        <div
          key={notice.id}
          className={`notice notice-${notice.severity}`}
          role={notice.severity === 'error' ? 'alert' : 'status'}
          data-notice={notice.id}
        >
          <p>{t(notice.key, notice.params)}</p>
          {notice.details.length > 0 && (
            <ul>
              {notice.details.map((problem, i) => (
                <li key={i}>{formatProblem(problem, language)}</li>
              ))}
            </ul>
          )}
          <button type="button" onClick={() => onDismiss(notice.id)}>
            {t('notice.dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}

/**
 * The sign-in page, shown instead of the explorer when the page is served by
 * a team server and nobody is signed in: user name and password, the
 * server's reason in the current language when it refuses (wrong password,
 * too many attempts and how long to wait), and the language switch.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageButton } from '../i18n/LanguageButton.tsx';
import { useLanguage } from '../i18n/useLanguage.ts';
import { failureText } from './failureText.ts';
import { signIn, type TeamFailure, type TeamUser } from './teamServer.ts';
import './team.css';

interface LoginScreenProps {
  readonly onSignedIn: (user: TeamUser) => void;
}

export function LoginScreen({ onSignedIn }: LoginScreenProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<TeamFailure | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const result = await signIn((url, init) => fetch(url, init), username.trim(), password);
    setBusy(false);
    if (result.ok) onSignedIn(result.value);
    else {
      setFailure(result);
      setPassword('');
    }
  };

  return (
    <main className="login-screen">
      <div className="login-language">
        <LanguageButton />
      </div>
      <form className="login-card" data-testid="login-form" onSubmit={(event) => void submit(event)}>
        <h1>
          Symbiograph <small>{t('app.title')}</small>
        </h1>
        <h2>{t('login.title')}</h2>
        <p className="login-intro">{t('login.intro')}</p>
        <label>
          <span>{t('login.username')}</span>
          <input
            type="text"
            name="username"
            autoComplete="username"
            data-testid="login-username"
            required
            value={username}
            onChange={(event) => setUsername(event.target.value)}
          />
        </label>
        <label>
          <span>{t('login.password')}</span>
          <input
            type="password"
            name="password"
            autoComplete="current-password"
            data-testid="login-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </label>
        {failure && (
          <p className="login-error" role="alert" data-testid="login-error" data-code={failure.code}>
            {failure.code === 'network' ? t('login.network') : failureText(failure, language)}
          </p>
        )}
        <button type="submit" className="login-submit" data-testid="login-submit" disabled={busy}>
          {busy ? t('login.signingIn') : t('login.submit')}
        </button>
        <p className="login-hint">{t('login.hint')}</p>
      </form>
    </main>
  );
}

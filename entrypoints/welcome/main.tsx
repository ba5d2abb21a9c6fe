import { render } from 'preact';
import '../../components/theme.css';
import './welcome.css';
import { messageLocale, t } from '../../utils/i18n';
import { App } from './App';

document.documentElement.lang = messageLocale();
document.title = t('welcomeTitle');
render(<App />, document.getElementById('app')!);

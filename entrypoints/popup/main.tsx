import { render } from 'preact';
import '../../components/theme.css';
import './popup.css';
import { messageLocale, t } from '../../utils/i18n';
import { App } from './App';

document.documentElement.lang = messageLocale();
document.title = t('extName');
render(<App />, document.getElementById('app')!);

import { render } from 'preact';
import { Popup } from './Popup';
import '@/components/extension-page.css';
import './popup.css';

render(<Popup />, document.getElementById('app')!);

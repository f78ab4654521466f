declare module 'virtual:site-theme.css';

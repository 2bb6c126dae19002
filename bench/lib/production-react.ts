// Imported first by bench/run.ts. Main's build fixes NODE_ENV to production, so the reports render
// with React's production build. Without this, React would load in development mode under tsx,
// and react-dom/server would then load in production mode once a vite build run by a figure had set
// NODE_ENV: the two builds do not work together.
process.env.NODE_ENV = 'production'

/**
 * The 17 Sustainable Development Goals by their short names (UN icons), in Spanish, English and
 * Portuguese: a page that shows the goals as icons may keep only these names when copied.
 */
export const SDG_GOALS = [
  {goal: 1, es: 'Fin de la pobreza', en: 'No poverty', pt: 'Erradicação da pobreza'},
  {goal: 2, es: 'Hambre cero', en: 'Zero hunger', pt: 'Fome zero e agricultura sustentável'},
  {goal: 3, es: 'Salud y bienestar', en: 'Good health and well-being', pt: 'Saúde e bem-estar'},
  {goal: 4, es: 'Educación de calidad', en: 'Quality education', pt: 'Educação de qualidade'},
  {goal: 5, es: 'Igualdad de género', en: 'Gender equality', pt: 'Igualdade de gênero'},
  {goal: 6, es: 'Agua limpia y saneamiento', en: 'Clean water and sanitation', pt: 'Água potável e saneamento'},
  {goal: 7, es: 'Energía asequible y no contaminante', en: 'Affordable and clean energy', pt: 'Energia limpa e acessível'},
  {goal: 8, es: 'Trabajo decente y crecimiento económico', en: 'Decent work and economic growth', pt: 'Trabalho decente e crescimento econômico'},
  {goal: 9, es: 'Industria, innovación e infraestructura', en: 'Industry, innovation and infrastructure', pt: 'Indústria, inovação e infraestrutura'},
  {goal: 10, es: 'Reducción de las desigualdades', en: 'Reduced inequalities', pt: 'Redução das desigualdades'},
  {goal: 11, es: 'Ciudades y comunidades sostenibles', en: 'Sustainable cities and communities', pt: 'Cidades e comunidades sustentáveis'},
  {goal: 12, es: 'Producción y consumo responsables', en: 'Responsible consumption and production', pt: 'Consumo e produção responsáveis'},
  {goal: 13, es: 'Acción por el clima', en: 'Climate action', pt: 'Ação contra a mudança global do clima'},
  {goal: 14, es: 'Vida submarina', en: 'Life below water', pt: 'Vida na água'},
  {goal: 15, es: 'Vida de ecosistemas terrestres', en: 'Life on land', pt: 'Vida terrestre'},
  {goal: 16, es: 'Paz, justicia e instituciones sólidas', en: 'Peace, justice and strong institutions', pt: 'Paz, justiça e instituições eficazes'},
  {goal: 17, es: 'Alianzas para lograr los objetivos', en: 'Partnerships for the goals', pt: 'Parcerias e meios de implementação'},
] as const
